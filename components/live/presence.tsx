"use client";
// Who else has this customer open: a heartbeat every PRESENCE_HEARTBEAT_MS (a server action that answers
// with everyone present) while the page is open, a goodbye when it closes, and the live channel's pushes
// in between. Shown as avatars with names and "viewing" or "editing".
import * as React from "react";
import { Avatar, AvatarFallback, initials } from "@/components/ui/avatar";
import { heartbeatPresenceAction, leavePresenceAction } from "@/lib/live/actions";
import { PRESENCE_HEARTBEAT_MS, type PresenceList, type PresenceMode } from "@/lib/live/topics";

export interface PresenceTarget {
  resource: string;
  mode: PresenceMode;
  /** The signed-in member, left out of the avatars. */
  selfId: string | null;
}

type Person = PresenceList["people"][number];

export function usePresence(target: PresenceTarget | undefined) {
  const [people, setPeople] = React.useState<Person[]>([]);
  const resource = target?.resource;
  const mode = target?.mode;
  React.useEffect(() => {
    if (!resource || !mode) return;
    let stopped = false;
    const beat = async () => {
      const result = await heartbeatPresenceAction({ resource, mode }).catch(() => null);
      if (!stopped && result && "data" in result) setPeople(result.data.people);
    };
    void beat();
    const timer = setInterval(beat, PRESENCE_HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      void leavePresenceAction({ resource, mode }).catch(() => null);
    };
  }, [resource, mode]);

  const onPresence = React.useCallback(
    (presence: PresenceList) => {
      if (presence.resource === resource) setPeople(presence.people);
    },
    [resource],
  );
  const others = people.filter((person) => person.userId !== target?.selfId);
  return { others, onPresence };
}

export function PresenceAvatars({ people }: { people: Person[] }) {
  if (people.length === 0) return null;
  return (
    <ul aria-label="Also here now" className="flex flex-wrap items-center gap-3">
      {people.map((person) => (
        <li key={person.userId} className="flex items-center gap-2 text-sm">
          <Avatar className="size-7" aria-hidden="true">
            <AvatarFallback
              data-initials={initials(person.name)}
              className="text-xs before:content-[attr(data-initials)]"
            />
          </Avatar>
          <span>
            <span className="font-medium">{person.name}</span>{" "}
            <span className="text-muted-foreground">{person.mode}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
