// Budget entry: one deadline answer.
export { dueAt } from 'guifan/time-limit';
