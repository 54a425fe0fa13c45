// A trivial dynamic page: rendered on every request, no data, no components.
export const dynamic = "force-dynamic";

export default function Page() {
  return <h1>Floor</h1>;
}
