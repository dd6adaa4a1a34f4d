// The personal-data detector that warns before barrier text is saved.
import { describe, expect, it } from "vitest";
import { findPersonalData } from "@/lib/domain/personal-data";

const today = new Date(Date.UTC(2026, 11, 1));
const kinds = (text: string, subjects = [] as { givenName: string; familyName: string }[]) =>
  findPersonalData(text, { subjects, today }).map((f) => `${f.kind}:${f.text}`);

describe("personal-data detector", () => {
  it("finds an NHS number with a valid check digit, however it is spaced", () => {
    expect(kinds("Patient 943 476 5919 was turned away")).toEqual(["nhs-number:943 476 5919"]);
    expect(kinds("ref 9434765919.")).toEqual(["nhs-number:943 476 5919"]);
    expect(kinds("ref 943-476-5919")).toEqual(["nhs-number:943 476 5919"]);
  });

  it("ignores ten digits whose check digit is wrong, and longer numbers such as phone numbers", () => {
    expect(kinds("ref 9434765918")).toEqual([]);
    expect(kinds("call 0161 234 5678 or 07700900123")).toEqual([]);
  });

  it("finds dates that could be a date of birth, numeric or written", () => {
    expect(kinds("she was born 12/03/1985")).toEqual(["date-of-birth:12/03/1985"]);
    expect(kinds("on 3 March 1979 the")).toEqual(["date-of-birth:3 March 1979"]);
    expect(kinds("DOB 1.2.64")).toEqual(["date-of-birth:1.2.64", "date-of-birth:DOB"]);
  });

  it("does not treat recent dates (a meeting, a decision) or impossible dates as dates of birth", () => {
    expect(kinds("raised at the huddle on 14/10/2026 and again on 2 April 2025")).toEqual([]);
    expect(kinds("version 31/02/1980")).toEqual([]);
  });

  it("finds the words that introduce a date of birth", () => {
    expect(kinds("Date of birth given to the desk")).toEqual(["date-of-birth:Date of birth"]);
    expect(kinds("a man born in Salford")).toEqual(["date-of-birth:born in"]);
  });

  it("finds full postcodes in any case, but not a postcode district alone", () => {
    expect(kinds("lives at m4 6aa near the hub")).toEqual(["postcode:M4 6AA"]);
    expect(kinds("Flat 2, BL1 1AB")).toEqual(["postcode:BL1 1AB"]);
    expect(kinds("across the M4 and BL1 districts")).toEqual([]);
  });

  it("finds a linked subject's full name in any case, or their family name written as a name", () => {
    const subjects = [{ givenName: "Alex", familyName: "Tester" }];
    expect(kinds("we could not help alex tester", subjects)).toEqual(["name:alex tester"]);
    expect(kinds("Mr Tester was refused", subjects)).toEqual(["name:Tester"]);
    expect(kinds("the tester of the system", subjects)).toEqual([]);
    expect(kinds("Mr Tester was refused")).toEqual([]);
  });

  it("says nothing about text about systems and rules", () => {
    expect(kinds("The repairs system (Northgate) cannot be opened by police staff; 3 cases in 2025 were delayed by 6 weeks.")).toEqual([]);
  });
});
