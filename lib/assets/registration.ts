// Aircraft registrations (tail numbers): an ICAO nationality prefix and a mark, e.g. N12345, C-FABC.

const REGISTRATION_MAX = 10;

/**
 * 2–10 letters and digits with at most one inner hyphen, at least one letter (every ICAO prefix
 * has one, even 4X- or 9H-), e.g. N12345, N512SR, C-FABC, G-ABCD, D-EABC, 9H-ABC, JA8089.
 */
const registrationPattern = /^(?=.{2,10}$)(?=.*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)?$/;

function normalizeRegistration(value: string): string {
  return value.trim().toUpperCase();
}

export type RegistrationCheck = { ok: true; registration: string } | { ok: false; message: string };

export function checkRegistration(value: string): RegistrationCheck {
  const registration = normalizeRegistration(value);
  if (registrationPattern.test(registration)) return { ok: true, registration };
  if (registration.length < 2 || registration.length > REGISTRATION_MAX) {
    return { ok: false, message: "A registration has 2 to 10 characters, e.g. N12345 or C-FABC" };
  }
  return {
    ok: false,
    message: "Use the nationality prefix and mark: letters, digits and at most one hyphen, e.g. N12345 or C-FABC",
  };
}
