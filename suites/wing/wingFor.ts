import type { ServiceView } from "../../core/serviceView.ts";
import { LAMBDA_WING } from "../lambda/wing.ts";
import { BARE_WING, type ServiceWing } from "./serviceWing.ts";

/** The wings the suite has, one per service it knows beyond the model. */
const WINGS: readonly ServiceWing[] = [LAMBDA_WING];

/** The wing of the model's service; another model (the weather fixture) gets the bare one. */
export function wingFor(service: ServiceView): ServiceWing {
  return WINGS.find((w) => w.serviceId === service.id) ?? BARE_WING;
}
