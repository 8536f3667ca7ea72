/**
 * Reservations awaiting their settlement. A request handed to another named config carries its
 * annotations along, and the limits node of that config is another instance (each config's plan
 * creates its own): so the limits nodes of one gateway that share an id share one table, keyed
 * by the request's annotations. Whichever of them sees the request first reserves; the others
 * find the reservation and go on, and the one in the config that answered settles it. Exactly one
 * reservation per request and node id, wherever in either plan the hand-off happened. Two limits
 * nodes with different ids keep separate tables (two limiters in one pipeline both count).
 *
 * A Map, not a WeakMap: an ephemeron per request cost the garbage collector more than the
 * limiter's own work. `finish` removes each entry; one whose request never reached a `finish` of
 * this id (handed to a config without it) is dropped, oldest first, past `max`.
 */
import type { Quotas, RequestAnnotations } from "@aigw/plugin-api";
import type { Reservation } from "./limiter.js";

export class HeldReservations {
  private readonly held = new Map<RequestAnnotations, Reservation>();

  constructor(private readonly max: number) {}

  has(annotations: RequestAnnotations): boolean {
    return this.held.has(annotations);
  }

  hold(annotations: RequestAnnotations, reservation: Reservation): void {
    if (this.held.size >= this.max) this.held.delete(this.held.keys().next().value!);
    this.held.set(annotations, reservation);
  }

  /** The request's reservation, removed from the table. */
  take(annotations: RequestAnnotations): Reservation | undefined {
    const reservation = this.held.get(annotations);
    if (reservation) this.held.delete(annotations);
    return reservation;
  }
}

/** The tables by gateway (its quota service is one per gateway) and node id; looked up at boot. */
const TABLES = new WeakMap<Quotas, Map<string, HeldReservations>>();

/** The table the limits nodes with id `node` in the gateway whose quotas are `quotas` share. */
export function heldReservations(quotas: Quotas, node: string, max: number): HeldReservations {
  let byNode = TABLES.get(quotas);
  if (!byNode) {
    byNode = new Map();
    TABLES.set(quotas, byNode);
  }
  let table = byNode.get(node);
  if (!table) {
    table = new HeldReservations(max);
    byNode.set(node, table);
  }
  return table;
}
