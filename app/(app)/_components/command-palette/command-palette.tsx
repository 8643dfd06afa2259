"use client";
// The command palette: type to find a customer, aircraft, vehicle or work order (searched on the server,
// debounced, newest answer wins) or an action; arrows move, Enter opens, Esc closes.
import * as React from "react";
import { useRouter } from "next/navigation";
import {
  ArrowRightIcon,
  Building2Icon,
  CarIcon,
  ClipboardListIcon,
  PlaneIcon,
  PlusIcon,
  SettingsIcon,
  type LucideIcon,
} from "lucide-react";
import { Badge } from "@/components/ui/badge";
import {
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandItemDetail,
  CommandList,
} from "@/components/ui/command";
import type { Role } from "@/lib/auth/permissions";
import { globalSearchAction } from "@/lib/search/actions";
import { isSearchableQuery } from "@/lib/search/query";
import { cn } from "@/lib/utils";
import type { GlobalSearchResult, SearchHit } from "@/lib/search/global-search";
import { commandActionsFor, matchCommandActions, type CommandAction, type CommandActionGroup } from "./command-actions";

const DEBOUNCE_MS = 250;

type SearchState =
  | { status: "idle" }
  | { status: "loading"; previous: GlobalSearchResult | null }
  | { status: "done"; result: GlobalSearchResult }
  | { status: "failed"; message: string };

type Answer = { query: string; result: GlobalSearchResult } | { query: string; error: string };

/** The server's answer for `query`: debounced, and only the newest request's answer is kept. */
function useGlobalSearch(query: string): SearchState {
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [lastResult, setLastResult] = React.useState<GlobalSearchResult | null>(null);
  const latest = React.useRef(0);
  const trimmed = query.trim();
  const searching = isSearchableQuery(trimmed);

  React.useEffect(() => {
    const request = ++latest.current;
    if (!searching) return;
    const timer = setTimeout(() => {
      globalSearchAction({ q: trimmed }).then(
        (response) => {
          if (request !== latest.current) return;
          if ("data" in response) {
            setAnswer({ query: trimmed, result: response.data });
            setLastResult(response.data);
          } else {
            setAnswer({ query: trimmed, error: response.error.message });
          }
        },
        () => {
          if (request === latest.current) setAnswer({ query: trimmed, error: "Search failed. Try again." });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [trimmed, searching]);

  if (!searching) return { status: "idle" };
  if (answer?.query !== trimmed) return { status: "loading", previous: lastResult };
  return "result" in answer ? { status: "done", result: answer.result } : { status: "failed", message: answer.error };
}

const recordGroups: { key: keyof GlobalSearchResult; heading: string; icon: LucideIcon }[] = [
  { key: "customers", heading: "Customers", icon: Building2Icon },
  { key: "aircraft", heading: "Aircraft", icon: PlaneIcon },
  { key: "vehicles", heading: "Vehicles", icon: CarIcon },
  { key: "workOrders", heading: "Work orders", icon: ClipboardListIcon },
];

const actionIcons: Record<CommandActionGroup, LucideIcon> = {
  Create: PlusIcon,
  "Go to": ArrowRightIcon,
  Settings: SettingsIcon,
};

function HitItem({
  hit,
  icon: Icon,
  onSelect,
}: {
  hit: SearchHit;
  icon: LucideIcon;
  onSelect: (href: string) => void;
}) {
  return (
    <CommandItem value={hit.href} onSelect={() => onSelect(hit.href)}>
      <Icon aria-hidden="true" />
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="truncate">{hit.title}</span>
        {hit.detail ? <CommandItemDetail>{hit.detail}</CommandItemDetail> : null}
      </span>
      {hit.archived ? (
        <Badge variant="outline" className="shrink-0">
          Archived
        </Badge>
      ) : null}
    </CommandItem>
  );
}

const actionValue = (action: CommandAction) => `action:${action.href}`;

function ActionGroups({ actions, onSelect }: { actions: CommandAction[]; onSelect: (href: string) => void }) {
  const groups = (["Create", "Go to", "Settings"] as const).flatMap((group) => {
    const items = actions.filter((action) => action.group === group);
    return items.length > 0 ? [{ group, items }] : [];
  });
  return groups.map(({ group, items }) => {
    const Icon = actionIcons[group];
    return (
      <CommandGroup key={group} heading={group === "Create" ? "Actions" : group}>
        {items.map((action) => (
          <CommandItem key={action.href} value={actionValue(action)} onSelect={() => onSelect(action.href)}>
            <Icon aria-hidden="true" />
            <span className="truncate">{group === "Settings" ? `Settings: ${action.label}` : action.label}</span>
          </CommandItem>
        ))}
      </CommandGroup>
    );
  });
}

/** The line under the results, read out politely as it changes. */
function statusText(search: SearchState, query: string, hitCount: number): string {
  if (search.status === "failed") return search.message;
  if (search.status === "loading") return "Searching…";
  if (search.status === "done") {
    if (hitCount === 0) return `No customer, aircraft, vehicle or work order matches “${query}”.`;
    return hitCount === 1 ? "1 record found." : `${hitCount} records found.`;
  }
  if (query) return "Keep typing to search records.";
  return "Find a customer by name, account number, email or phone; an aircraft by registration; a vehicle by VIN or plate; a work order by number.";
}

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  role: Role;
  /** Where focus goes when the palette closes (the header's search button). */
  returnFocusTo: React.RefObject<HTMLElement | null>;
}

export function CommandPalette({ open, onOpenChange, role, returnFocusTo }: Props) {
  const router = useRouter();
  const [query, setQuery] = React.useState("");
  const search = useGlobalSearch(query);
  const allActions = React.useMemo(() => commandActionsFor(role), [role]);
  const actions = matchCommandActions(allActions, query);
  const result = search.status === "done" ? search.result : search.status === "loading" ? search.previous : null;
  const hitCount = result ? recordGroups.reduce((sum, { key }) => sum + result[key].length, 0) : 0;
  const searching = isSearchableQuery(query);
  const hits = searching && result ? recordGroups.flatMap(({ key }) => result[key]) : [];
  // Entries are mounted afresh for each query and answer, so cmdk highlights the first one again (it
  // would otherwise keep an action that was there before the records arrived).
  const entriesKey = `${search.status}:${query}`;

  function changeOpen(next: boolean) {
    if (!next) setQuery("");
    onOpenChange(next);
  }

  function go(href: string) {
    changeOpen(false);
    router.push(href);
  }

  return (
    <CommandDialog
      open={open}
      onOpenChange={changeOpen}
      title="Search"
      description="Find a customer, aircraft, vehicle or work order, or run an action. Use the arrow keys to move and Enter to open."
      className="top-[8dvh] translate-y-0 sm:top-[15dvh] sm:max-w-xl"
      commandProps={{
        shouldFilter: false,
        label: "Search",
        loop: true,
        // Ctrl+K closes the palette (search-button.tsx), so cmdk must not read it as "move up".
        vimBindings: false,
      }}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        returnFocusTo.current?.focus();
      }}
    >
      <CommandInput
        value={query}
        onValueChange={setQuery}
        maxLength={100}
        placeholder="Search customers, aircraft, vehicles, work orders…"
      />
      <CommandList label="Results">
        <React.Fragment key={entriesKey}>
          {hits.length > 0 && result
            ? recordGroups.map(({ key, heading, icon }) =>
                result[key].length > 0 ? (
                  <CommandGroup key={key} heading={heading}>
                    {result[key].map((hit) => (
                      <HitItem key={hit.id} hit={hit} icon={icon} onSelect={go} />
                    ))}
                  </CommandGroup>
                ) : null,
              )
            : null}
          <ActionGroups actions={actions} onSelect={go} />
        </React.Fragment>
        {search.status === "done" || search.status === "failed" ? <CommandEmpty>No results.</CommandEmpty> : null}
      </CommandList>
      <div className="flex items-center gap-3 border-t px-3 py-2 text-xs text-muted-foreground">
        <p role="status" className={cn("min-w-0 flex-1", search.status === "failed" && "text-destructive")}>
          {statusText(search, query.trim(), hitCount)}
        </p>
        <p aria-hidden="true" className="hidden shrink-0 sm:block">
          ↑↓ move · Enter open · Esc close
        </p>
      </div>
    </CommandDialog>
  );
}
