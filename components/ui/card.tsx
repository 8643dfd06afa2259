import { styled } from "@/components/ui/styled";

const Card = styled("div", "card", "flex flex-col gap-6 rounded-xl border bg-card py-6 text-card-foreground shadow-sm");
const CardHeader = styled(
  "div",
  "card-header",
  "@container/card-header grid auto-rows-min grid-rows-[auto_auto] items-start gap-1.5 px-6 has-data-[slot=card-action]:grid-cols-[1fr_auto] [.border-b]:pb-6",
);
const CardTitle = styled("div", "card-title", "leading-none font-semibold");
const CardDescription = styled("div", "card-description", "text-sm text-muted-foreground");
const CardContent = styled("div", "card-content", "px-6");
const CardFooter = styled("div", "card-footer", "flex items-center px-6 [.border-t]:pt-6");

export { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle };
