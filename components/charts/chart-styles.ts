// How series look, told apart without colour: each has its own line pattern, marker shape and
// fill pattern as well as a colour, and all read in greyscale (dark, mid, light).
export const seriesStyles = [
  { colour: "#1d4f91", dash: undefined, marker: "circle", fill: "solid" },
  { colour: "#8a4a00", dash: "7 4", marker: "square", fill: "hatch" },
  { colour: "#505a5f", dash: "2 3", marker: "triangle", fill: "dots" },
] as const;

export type SeriesStyle = (typeof seriesStyles)[number];

export const axisColour = "#505a5f";
export const gridColour = "#d8d8d8";
