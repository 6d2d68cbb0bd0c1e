/** The page's own address without a view: links in downloads and copied citations lead back into this atlas. */
export function appUrl(): string {
  return window.location.href.split('#')[0];
}
