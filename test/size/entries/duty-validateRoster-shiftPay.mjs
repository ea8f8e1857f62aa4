// Budget entry: a roster check and a shift's pay (issue 27).
export { shiftPay, validateRoster } from 'guifan/duty';
