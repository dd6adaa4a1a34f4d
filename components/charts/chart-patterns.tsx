// SVG fill patterns (diagonal hatching, dots) so bars and map areas differ by more than colour.
export function ChartPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#8a4a00" strokeWidth="3" />
      </pattern>
      <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#ffffff" />
        <circle cx="2.5" cy="2.5" r="1.4" fill="#505a5f" />
      </pattern>
      <pattern id={`${id}-hidden`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#6f777b" strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}

export function fillFor(id: string, fill: "solid" | "hatch" | "dots", colour: string): string {
  return fill === "solid" ? colour : `url(#${id}-${fill})`;
}
