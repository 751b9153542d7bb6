/** `7` → `07:00`: a 24-hour clock reads the same in every locale we ship. */
export const formatHour = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
