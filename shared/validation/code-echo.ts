/**
 * Issue #14: an error may name a code the caller sent that is not in a list (EDUCATION_BUREAU is
 * not a box of this form): it tells them which one. Anything else they typed is never repeated — a
 * 100 KB string, markup or a personal value would come back in the message.
 */
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

export function echoableCode(value: string): string {
  return CODE.test(value) ? value : "a value that is not a code";
}
