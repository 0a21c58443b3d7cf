/** The services readers can send feedback about (DESIGN.md contract ids), with their product names. */
export const services = [
  { id: 'domain-names', name: 'Domain names' },
  { id: 'web-hosting', name: 'Web hosting' },
  { id: 'mail', name: 'Mail & Mail Interface Service' },
  { id: 'kdrive', name: 'kDrive' },
  { id: 'kmeet', name: 'kMeet' },
  { id: 'cloud-servers', name: 'Cloud Servers' },
  { id: 'jelastic-cloud', name: 'Jelastic Cloud' },
  { id: 'newsletter', name: 'Newsletter' },
  { id: 'ssl-certificates', name: 'SSL Certificates' },
  { id: 'housing-datacenter', name: 'Housing & Datacenter' },
  { id: 'audio-streaming', name: 'Audio Streaming' },
  { id: 'video-streaming', name: 'Video Streaming' },
  { id: 'vod-aod', name: 'VOD/AOD' },
  { id: 'synology', name: 'Synology' },
  { id: 'swiss-backup', name: 'Swiss Backup' },
  { id: 'guest-manager', name: 'Guest Manager' },
  { id: 'swiss-transfer', name: 'Swiss Transfer' },
  { id: 'public-cloud', name: 'Public Cloud' },
] as const;

export type ServiceId = (typeof services)[number]['id'];
