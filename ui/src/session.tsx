// Who is calling (GetCallerIdentity) and what their roles let the UI offer. The server checks every
// call anyway; hiding a control is for the person, not for security.

import { createContext } from "preact";
import { useContext } from "preact/hooks";

import { Role, type GetCallerIdentityResponse } from "@gen/access_pb.js";

export interface Session {
  identity: GetCallerIdentityResponse | undefined;
}

export const SessionContext = createContext<Session>({
  identity: undefined,
});

export function useSession(): Session {
  return useContext(SessionContext);
}

function rank(role: Role): number {
  return [Role.VIEWER, Role.EDITOR, Role.APPROVER, Role.ADMIN].indexOf(role);
}

/** Whether the caller holds at least `least` on the model (or globally). */
export function may(identity: GetCallerIdentityResponse | undefined, least: Role, model: string): boolean {
  if (identity === undefined) return false;
  if (identity.open) return true;
  return identity.roleBindings.some(
    (b) => (b.modelName === "" || b.modelName === model) && rank(b.role) >= rank(least),
  );
}
