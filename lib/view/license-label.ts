// The display names of licenses live with the standings (the table sorts by them on the server); the view shows them.
export { licenseLabel } from "@/lib/standings/license-label";
