// Compiled with `tsc --noEmit --strict` by tests/clients/test_client_drift.py: schema.d.ts is valid
// TypeScript and types the contact-center calls as design.md §4 names them (ADR 0035).
import type { components, operations, paths } from "./schema";

type Schemas = components["schemas"];
type CheckRequest = operations["createDisclosureCheck"]["requestBody"]["content"]["application/json"];
type CheckAnswer = operations["createDisclosureCheck"]["responses"][200]["content"]["application/json"];
type NotFound = operations["getAccount"]["responses"][404]["content"]["application/problem+json"];

export const request: CheckRequest = {
  interaction_id: "int_01",
  information: "call_detail",
  release: "discuss_in_interaction",
};

export function mayDiscuss(answer: CheckAnswer): boolean {
  return answer.decision === "allow";
}

export function problemCode(problem: NotFound): Schemas["ErrorCode"] {
  return problem.code;
}

export const lookup: paths["/v1/accounts"]["get"]["parameters"]["query"] = {
  telephone_number: "(202) 555-0143",
};

// @ts-expect-error: a verdict is allow or deny, nothing else
export const notAVerdict: Schemas["DisclosureVerdict"] = "maybe";
