// Budget entry: one working-day answer.
export { addWorkdays } from 'guifan/calendar';
