/**
 * Make a Vega SVG an accessible image: role="img" named and described by the figure's caption
 * (aria-labelledby / aria-describedby), replacing Vega's own ARIA attributes on the root.
 * Vega puts the spec's description into aria-label; the caption carries it instead so it is
 * visible too. Only the opening <svg> tag is touched.
 */
export function accessibleSvg(svg: string, titleId: string, descId: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_whole, attrs: string) => {
    const kept = attrs
      .replace(/\s(role|aria-[a-z]+)="[^"]*"/g, "")
      .replace(/\sclass="([^"]*)"/, ' class="$1 chart-image"');
    return `<svg${kept} role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" focusable="false">`;
  });
}
