import { Role } from "../../../shared/auth/roles";

/** One entry of a role's menu: the gateway still decides what the screen may read. */
export interface Screen {
  readonly id: string;
  readonly label: string;
  readonly render: () => React.ReactNode;
}

/** A group of roles' menus; each group lives in its own file under menus/ so that screens of different agencies grow apart. */
export type Menus = Partial<Readonly<Record<Role, readonly Screen[]>>>;
