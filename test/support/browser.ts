import { generate } from 'otplib';

export { csrfOf } from '../../sandbox/bank-pages.ts';
export { Browser, type Response } from '../../sandbox/user-agent.ts';

export async function totp(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}
