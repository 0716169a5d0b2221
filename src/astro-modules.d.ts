// For plain `tsc`: .astro files are typed by `astro check`; to tsc they are components.
declare module "*.astro" {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
