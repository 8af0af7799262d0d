/** A page of the main navigation. */
export interface NavLink {
  to: string;
  /** Message key of its name. */
  label: string;
  /** Administration (users, offices, settings…): behind one menu, out of the way of the day's work. */
  admin?: boolean;
}
