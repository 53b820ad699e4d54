// Placeholder replaced by the page's owner in this change; it only keeps the build green.
export default function Placeholder() {
  return null;
}
