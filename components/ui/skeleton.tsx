import { styled } from "@/components/ui/styled";

const Skeleton = styled("div", "skeleton", "animate-pulse rounded-md bg-accent");

export { Skeleton };
