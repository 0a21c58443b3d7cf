/** Inline SVG icons of the Manager (nothing fetched). Decorative: the control around one carries its name. */
const paths = {
  chevronDown: 'm6 9 6 6 6-6',
  chevronRight: 'm9 6 6 6-6 6',
  grid: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h6v6h-6z',
  dots: 'M12 5.5v.01M12 12v.01M12 18.5v.01',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  open: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  leave: 'M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10',
  logout: 'M9 20H5V4h4M14 8l4 4-4 4M18 12H9',
  home: 'M4 11 12 4l8 7v9h-5v-6H9v6H4z',
  card: 'M3 6h18v12H3zM3 10h18M7 15h4',
  globe:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-9 9h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3Z',
  suite: 'M4 6h7v5H4zM13 6h7v5h-7zM4 13h7v5H4zM13 13h7v5h-7z',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM4 12h2m12 0h2M12 4v2m0 12v2M6.3 6.3l1.4 1.4m8.6 8.6 1.4 1.4M6.3 17.7l1.4-1.4m8.6-8.6 1.4-1.4',
  accounting: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h4',
  check: 'm5 12 5 5 9-10',
  plus: 'M12 5v14M5 12h14',
  warning: 'M12 4 2.5 20h19L12 4Zm0 6v4m0 3v.5',
  close: 'M6 6l12 12M18 6 6 18',
  laptop: 'M5 6h14v9H5zM3 18h18',
  desktop: 'M4 5h16v11H4zM9 20h6M12 16v4',
  phone: 'M8 3h8v18H8zM11 18h2',
  tablet: 'M6 3h12v18H6zM11 18h2',
  mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
  drive: 'M4 15h16v4H4zM7 15l3-9h4l3 9',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0',
  toggleOn: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-4-9 3 3 5-6',
  toggleOff: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
} as const;

export type IconName = keyof typeof paths;

/** One icon, sized in px. */
export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      class="mgr-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
