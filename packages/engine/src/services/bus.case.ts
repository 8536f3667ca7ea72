/**
 * The bus conformance suite: a message reaches every subscriber of its channel on every client
 * (the publisher's own included) and no other channel, in the order its publisher sent, and never
 * a subscriber that unsubscribed. Run against memory and the real Redis (two connections, as two
 * gateway instances). A Redis subscription starts a moment after `subscribe` returns, so each
 * case first waits until a probe message reaches every subscriber.
 */
import type { Bus } from "@aigw/plugin-api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Opened, Subject } from "../testing/quota-subjects.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A subscriber that keeps what it received (probes aside). */
interface Inbox {
  messages: string[];
  probed: boolean;
  stop: () => void;
}

function listen(bus: Bus, channel: string): Inbox {
  const inbox: Inbox = { messages: [], probed: false, stop: () => {} };
  inbox.stop = bus.subscribe(channel, (message) => {
    if (message.startsWith("probe:")) inbox.probed = true;
    else inbox.messages.push(message);
  });
  return inbox;
}

/** Waits until every inbox is subscribed (a probe reached it). */
async function ready(bus: Bus, channel: string, inboxes: Inbox[]): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (let i = 0; !inboxes.every((inbox) => inbox.probed); i++) {
    if (Date.now() > deadline) throw new Error(`subscribers of ${channel} never got a probe`);
    await bus.publish(channel, `probe:${i}`);
    await sleep(10);
  }
}

/** Waits until `check` holds (messages arrive after `publish` resolves). */
async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

export function describeBus(subject: Subject): void {
  describe(`bus: ${subject.name}`, () => {
    let opened: Opened<Bus>;
    let one: Bus;
    let two: Bus;
    let channel = 0;
    const fresh = () => `ch${channel++}`;

    beforeAll(async () => {
      opened = await subject.bus(2);
      [one, two] = opened.clients as [Bus, Bus];
    });
    afterAll(async () => opened.close());

    test("a message reaches every subscriber on every client, the publisher's own included", async () => {
      const ch = fresh();
      const inboxes = [listen(one, ch), listen(one, ch), listen(two, ch)];
      await ready(one, ch, inboxes);
      await one.publish(ch, "from one");
      await two.publish(ch, "from two");
      await until(() => inboxes.every((i) => i.messages.length === 2), "both messages everywhere");
      for (const inbox of inboxes) expect(inbox.messages.sort()).toEqual(["from one", "from two"]);
      for (const inbox of inboxes) inbox.stop();
    });

    test("channels are separate", async () => {
      const [a, b] = [fresh(), fresh()];
      const onA = listen(two, a);
      const onB = listen(two, b);
      await ready(one, a, [onA]);
      await ready(one, b, [onB]);
      await one.publish(a, "for a");
      await one.publish(b, "for b");
      await until(() => onA.messages.length === 1 && onB.messages.length === 1, "one message each");
      expect(onA.messages).toEqual(["for a"]);
      expect(onB.messages).toEqual(["for b"]);
      onA.stop();
      onB.stop();
    });

    test("an unsubscribed handler gets nothing more; the others on its channel still do", async () => {
      const ch = fresh();
      const leaving = listen(two, ch);
      const staying = listen(two, ch);
      const elsewhere = listen(one, ch);
      await ready(one, ch, [leaving, staying, elsewhere]);
      leaving.stop();
      leaving.stop();
      await one.publish(ch, "after");
      await until(() => staying.messages.length === 1 && elsewhere.messages.length === 1, "delivery");
      await sleep(50);
      expect(leaving.messages).toEqual([]);
      expect(staying.messages).toEqual(["after"]);
      staying.stop();
      elsewhere.stop();
      await sleep(50);
      await one.publish(ch, "nobody");
      await sleep(50);
      expect(staying.messages).toEqual(["after"]);
      expect(elsewhere.messages).toEqual(["after"]);
    });

    test("a channel subscribed again after everyone left delivers again", async () => {
      const ch = fresh();
      const first = listen(two, ch);
      await ready(one, ch, [first]);
      first.stop();
      const second = listen(two, ch);
      await ready(one, ch, [second]);
      await one.publish(ch, "again");
      await until(() => second.messages.length === 1, "delivery");
      expect(first.messages).toEqual([]);
      second.stop();
    });

    test("each publisher's messages arrive in the order it sent them", async () => {
      const ch = fresh();
      const inboxes = [listen(one, ch), listen(two, ch)];
      await ready(one, ch, inboxes);
      const sent = Array.from({ length: 200 }, (_, i) => `m${i}`);
      // Not awaited one by one: the order must hold for messages in flight together.
      await Promise.all(sent.map((m) => one.publish(ch, m)));
      await until(() => inboxes.every((i) => i.messages.length === sent.length), "every message");
      for (const inbox of inboxes) expect(inbox.messages).toEqual(sent);
      for (const inbox of inboxes) inbox.stop();
    });

    test("shared says whether instances hear each other", () => {
      expect(one.shared).toBe(subject.name !== "memory");
    });
  });
}
