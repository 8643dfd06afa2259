"use client";
// A searchable, keyboard-usable picker whose options come from the server (a server action), e.g.
// "pick a customer" or "pick an aircraft". Typing is debounced; out-of-order answers are dropped.
import * as React from "react";
import { CheckIcon, ChevronsUpDownIcon, Loader2Icon, XIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";

export interface ComboboxOption {
  value: string;
  label: string;
  description?: string;
}

export interface AsyncComboboxProps {
  /** Accessible name of the picker (also shown in the search box's label). */
  label: string;
  value: ComboboxOption | null;
  onChange: (option: ComboboxOption | null) => void;
  search: (query: string) => Promise<ComboboxOption[]>;
  placeholder?: string;
  emptyMessage?: string;
  disabled?: boolean;
  id?: string;
  invalid?: boolean;
  /** Offer a Clear button when a value is chosen (false: a value is required). */
  clearable?: boolean;
  /** The form needs a choice (announced as required). */
  required?: boolean;
}

const DEBOUNCE_MS = 250;

/** Options for the current query: debounced, and only the newest request's answer is kept. */
function useOptions(search: AsyncComboboxProps["search"], query: string, open: boolean) {
  const [state, setState] = React.useState<{ options: ComboboxOption[]; loading: boolean; failed: boolean }>({
    options: [],
    loading: false,
    failed: false,
  });
  const latest = React.useRef(0);

  React.useEffect(() => {
    if (!open) return;
    const request = ++latest.current;
    const timer = setTimeout(() => {
      setState((previous) => ({ ...previous, loading: true, failed: false }));
      search(query).then(
        (options) => {
          if (request === latest.current) setState({ options, loading: false, failed: false });
        },
        () => {
          if (request === latest.current) setState({ options: [], loading: false, failed: true });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, query, open]);

  return state;
}

export function AsyncCombobox({
  label,
  value,
  onChange,
  search,
  placeholder = "Select…",
  emptyMessage = "No matches.",
  disabled,
  id,
  invalid,
  clearable = true,
  required,
}: AsyncComboboxProps) {
  const [open, setOpen] = React.useState(false);
  const [query, setQuery] = React.useState("");
  const [highlighted, setActive] = React.useState(0);
  const { options, loading, failed } = useOptions(search, query, open);
  const active = Math.max(0, Math.min(highlighted, options.length - 1));
  const listId = React.useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(option: ComboboxOption) {
    onChange(option);
    setOpen(false);
    setQuery("");
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    }
  }

  return (
    <div className="flex items-center gap-1">
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <Button
            id={id}
            type="button"
            variant="outline"
            role="combobox"
            aria-label={label}
            aria-expanded={open}
            aria-invalid={invalid || undefined}
            aria-required={required || undefined}
            disabled={disabled}
            className="min-w-0 flex-1 justify-between font-normal"
          >
            <span className={cn("truncate", !value && "text-muted-foreground")}>{value?.label ?? placeholder}</span>
            <ChevronsUpDownIcon aria-hidden="true" className="opacity-50" />
          </Button>
        </PopoverTrigger>
        <PopoverContent align="start" aria-label={label} className="w-(--radix-popover-trigger-width) min-w-72 p-0">
          {/* The input itself draws no outline, so its row shows where focus is. */}
          <div className="flex items-center gap-2 rounded-t-md border-b px-3 focus-within:ring-2 focus-within:ring-ring focus-within:ring-inset">
            <input
              autoFocus
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              aria-label={`Search ${label.toLowerCase()}`}
              aria-controls={listId}
              aria-activedescendant={options[active] ? optionId(active) : undefined}
              aria-autocomplete="list"
              placeholder="Type to search…"
              className="h-10 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
            />
            {loading ? (
              <Loader2Icon aria-label="Searching" className="size-4 animate-spin text-muted-foreground" />
            ) : null}
          </div>
          <ul id={listId} role="listbox" aria-label={label} className="max-h-72 overflow-y-auto p-1">
            {options.map((option, index) => (
              <li
                key={option.value}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                className={cn(
                  "flex cursor-pointer items-start gap-2 rounded-sm px-2 py-1.5 text-sm",
                  index === active && "bg-accent text-accent-foreground",
                )}
              >
                <CheckIcon
                  aria-hidden="true"
                  className={cn("mt-0.5 size-4 shrink-0", value?.value === option.value ? "opacity-100" : "opacity-0")}
                />
                <span className="flex min-w-0 flex-col">
                  <span className="truncate">{option.label}</span>
                  {option.description ? (
                    // Muted grey on the highlight's grey is below 4.5:1; the highlight's own colour, softened, is not.
                    <span
                      className={cn(
                        "truncate text-xs",
                        index === active ? "text-accent-foreground/80" : "text-muted-foreground",
                      )}
                    >
                      {option.description}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
          {!loading && options.length === 0 ? (
            <p role="status" className="px-3 pb-3 text-sm text-muted-foreground">
              {failed ? "Search failed. Try again." : emptyMessage}
            </p>
          ) : null}
        </PopoverContent>
      </Popover>
      {value && clearable && !disabled ? (
        <Button
          type="button"
          variant="ghost"
          size="icon"
          aria-label={`Clear ${label.toLowerCase()}`}
          onClick={() => onChange(null)}
        >
          <XIcon aria-hidden="true" />
        </Button>
      ) : null}
    </div>
  );
}
