/** The id of the story list's bulk form, which the rows' checkboxes name in their `form` attribute. */
export const BULK_FORM_ID = "bulk-stories";
