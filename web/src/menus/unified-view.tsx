import { lazyScreen } from "./lazy-screen";
import { Screen } from "./screen";

const UnifiedViewScreen = lazyScreen(() => import("../screens/unified-view/unified-view-screen"), "UnifiedViewScreen");

/** The unified case view of a person: on the menu of every role that may read persons (each sees only what its role may). */
export const UNIFIED_VIEW: Screen = { id: "unified-view", label: "個案總覽", render: () => <UnifiedViewScreen /> };
