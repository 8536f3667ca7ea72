/**
 * Reservations awaiting their settlement, keyed by the request's annotations. A request handed to
 * another named config carries its annotations along, and a limits node the configs have alike is
 * one instance (the engine shares it): the node finds the reservation it made in the first plan
 * and goes on, and settles it once, in the config that answered. Exactly one reservation per
 * request and node, wherever in either plan the hand-off happened. Two limits nodes with
 * different ids keep separate tables (two limiters in one pipeline both count).
 *
 * A Map, not a WeakMap: an ephemeron per request cost the garbage collector more than the
 * limiter's own work. `finish` removes each entry; one whose request never reached this node's
 * `finish` (handed to a config without it) is dropped, oldest first, past `max`.
 */
import type { RequestAnnotations } from "@aigw/plugin-api";
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
