import { generate } from 'otplib';

export { Browser, csrfOf, type Response } from '../../sandbox/user-agent.ts';

export async function totp(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}
