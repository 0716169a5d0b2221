/** A chart's id: its brief's date, then its name ("2025-06-24-breadth"); editors cite it as <Chart id>. */
export const chartId = (date: string, name: string): string => `${date}-${name}`;

/** The date a chart id begins with. */
export const chartDate = (id: string): string => id.slice(0, "YYYY-MM-DD".length);
