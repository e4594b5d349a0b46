import "@mantine/core/styles.css";
import { createTheme, CSSVariablesResolver, MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";

/**
 * Contrast first (issue #11: axe-core, no serious violation): filled colours at shade 8 carry white
 * text at 4.5:1, and autoContrast puts dark text on the light ones (yellow).
 */
const theme = createTheme({ primaryShade: 8, autoContrast: true });

/** Mantine's descriptions (dimmed, gray 6) and errors (red 6) are under 4.5:1 on white; shades 7 and 8 are above. */
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)", "--mantine-color-error": "var(--mantine-color-red-8)" },
  dark: {},
});

const root = document.getElementById("root");
if (root === null) {
  throw new Error("index.html has no #root");
}
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <App />
    </MantineProvider>
  </StrictMode>,
);
