/**
 * True on an iPhone or iPad when the app runs in a Safari tab rather than from the Home Screen: Safari
 * may then delete the site's data, unsent sales included, after 7 days without use.
 */
export function isIosBrowserTab(nav: Navigator = navigator, display = matchMedia): boolean {
  const ios =
    /iPad|iPhone|iPod/.test(nav.userAgent) ||
    (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
  const standalone =
    (nav as Navigator & { standalone?: boolean }).standalone === true ||
    display('(display-mode: standalone)').matches;
  return ios && !standalone;
}
