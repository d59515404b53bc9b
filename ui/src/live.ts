// A page's live view of the event log: `changes` counts the relevant changes (debounced), so a page
// refetches on each; `live` says whether the stream is up. After a drop the page refetches too.

import type { MessageInitShape } from "@bufbuild/protobuf";
import { useEffect, useRef, useState } from "preact/hooks";

import type { Event, WatchRequestSchema } from "@gen/events_pb.js";
import { follow } from "./api.js";

export function useLive(
  request: MessageInitShape<typeof WatchRequestSchema>,
  key: string,
  debounceMs: number,
  relevant: (event: Event) => boolean = () => true,
): { live: boolean; changes: number } {
  const [live, setLive] = useState(false);
  const [changes, setChanges] = useState(0);
  const timer = useRef<number | undefined>(undefined);
  const wanted = useRef(relevant);
  wanted.current = relevant;
  useEffect(() => {
    const stop = follow(
      request,
      (message) => {
        if (message.kind.case !== "event" || !wanted.current(message.kind.value)) return;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => setChanges((n) => n + 1), debounceMs);
      },
      (isLive, afterDrop) => {
        setLive(isLive);
        if (isLive && afterDrop) setChanges((n) => n + 1);
      },
    );
    return () => {
      window.clearTimeout(timer.current);
      stop();
    };
  }, [key]);
  return { live, changes };
}
