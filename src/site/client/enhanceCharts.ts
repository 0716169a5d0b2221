/**
 * Progressive enhancement for charts: the page already shows a static SVG; when a chart scrolls
 * into view and the browser is idle, load vega-embed (a separate chunk, never on the critical
 * path), render the same spec interactively (tooltips) off-screen, then swap it in at the same
 * size so nothing shifts. Any failure leaves the static chart as it was.
 */
const figures = document.querySelectorAll<HTMLElement>("figure.chart[data-spec]");

const idle = (fn: () => void) => ("requestIdleCallback" in window ? window.requestIdleCallback(fn, {timeout: 2000}) : setTimeout(fn, 200));

async function enhance(figure: HTMLElement): Promise<void> {
  const holder = figure.querySelector<HTMLElement>(".chart-svg");
  const url = figure.dataset.spec;
  if (!holder || !url) return;
  try {
    const [{default: embed}, spec] = await Promise.all([import("vega-embed"), fetch(url).then((r) => r.json())]);
    const stage = document.createElement("div");
    stage.className = "chart-live";
    stage.style.position = "absolute";
    stage.style.visibility = "hidden";
    document.body.append(stage);
    await embed(stage, spec, {actions: false, renderer: "svg", tooltip: {theme: "custom"}});
    const svg = stage.querySelector("svg");
    if (!svg) return stage.remove();
    svg.setAttribute("role", "img");
    const fallback = holder.querySelector("svg");
    for (const attr of ["aria-labelledby", "aria-describedby"]) {
      const value = fallback?.getAttribute(attr);
      if (value) svg.setAttribute(attr, value);
    }
    stage.style.position = "";
    stage.style.visibility = "";
    holder.replaceChildren(stage);
  } catch {
    // The static SVG stays: interactivity is only an enhancement.
  }
}

if (figures.length > 0 && "IntersectionObserver" in window) {
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      idle(() => void enhance(entry.target as HTMLElement));
    }
  }, {rootMargin: "200px"});
  figures.forEach((f) => observer.observe(f));
}
