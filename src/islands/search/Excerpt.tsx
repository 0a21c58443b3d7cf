import { excerptParts } from './excerpt.ts';

type Props = { excerpt: string; id?: string; class?: string };

/** An excerpt with the searched words in `<mark>`, rendered as text (never as HTML). */
export default function Excerpt({ excerpt, id, class: className }: Props) {
  return (
    <span id={id} class={className}>
      {excerptParts(excerpt).map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}
    </span>
  );
}
