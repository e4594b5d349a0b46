import { ComponentType, lazy, LazyExoticComponent } from "react";

/**
 * A screen loaded when it is first opened (issue #11's first load on a phone): each role downloads
 * its own screens, their forms, pickers and charts, not every agency's. The menus stay eager, so
 * a role's menu shows at once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a component of any props, as React.lazy takes
export function lazyScreen<Module extends Record<Name, ComponentType<any>>, Name extends keyof Module>(load: () => Promise<Module>, name: Name): LazyExoticComponent<Module[Name]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
