import Form from "next/form";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { MAX_SEARCH_QUERY_LENGTH, type SearchParams } from "@/lib/validation/search";

/** The search page's form: a plain GET form, so every search has an address. */
export function SearchForm({
  params,
  sections,
  labelledBy,
}: {
  params: SearchParams;
  sections: { slug: string; name: string }[];
  labelledBy: string;
}) {
  return (
    <Form prefetch={false} action="/search" role="search" aria-labelledby={labelledBy} className="mt-6 space-y-4">
      <Field
        label="Search for"
        name="q"
        hint="Put a phrase in quotes to find it exactly, a minus sign before a word to leave it out, and OR between words to find either."
      >
        {(props) => (
          <input
            {...props}
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={MAX_SEARCH_QUERY_LENGTH}
            className={inputClass}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Section" name="section">
          {(props) => (
            <select {...props} name="section" defaultValue={params.section ?? ""} className={inputClass}>
              <option value="">All sections</option>
              {sections.map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="From" name="from">
          {(props) => (
            <input
              {...props}
              name="from"
              type="date"
              defaultValue={params.from ?? ""}
              className={inputClass}
            />
          )}
        </Field>
        <Field label="To" name="to">
          {(props) => (
            <input {...props} name="to" type="date" defaultValue={params.to ?? ""} className={inputClass} />
          )}
        </Field>
      </div>
      <button type="submit" className={buttonClass}>
        Search
      </button>
    </Form>
  );
}
