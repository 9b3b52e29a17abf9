import {createHash, timingSafeEqual} from 'node:crypto';

/**
 * Checks the admin token in `Authorization`: `Bearer <token>` for scripts, or Basic with the
 * token as password, which is what a browser can send to /admin after its login prompt.
 * Both sides are hashed first so the comparison takes the same time whatever the input.
 * @param {string} token
 */
export function adminCheck(token) {
  const expected = digest(token);
  return (/** @type {string | undefined} */ header) => {
    const [scheme, value = ''] = (header ?? '').split(' ', 2);
    let given;
    if (/^bearer$/i.test(scheme)) given = value;
    else if (/^basic$/i.test(scheme)) given = Buffer.from(value, 'base64').toString().split(':').slice(1).join(':');
    else return false;
    return timingSafeEqual(digest(given), expected);
  };
}

const digest = (text) => createHash('sha256').update(text).digest();
