import "./household-screen.css";

/** The frame of each clerk's screen: the contrast its forms' descriptions and errors need (household-screen.css). */
export function HouseholdScreen({ children }: { children: React.ReactNode }) {
  return <div className="household-screen">{children}</div>;
}
