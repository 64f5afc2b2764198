import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Password hashing with Node's scrypt: memory-hard, maintained with Node itself, and free of
 * native add-ons. Parameters are stored with each hash so they can be raised later without
 * invalidating existing passwords.
 */
const defaultParameters = { cost: 2 ** 15, blockSize: 8, parallelization: 1 } as const;
const keyLength = 64;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // 128 * N * r bytes are needed; allow twice that so the default limit of 32 MiB does not bite.
    const maxmem = 256 * (options.N ?? 0) * (options.r ?? 8);
    scrypt(password.normalize("NFKC"), salt, keyLength, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (salt and hash in base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { cost, blockSize, parallelization } = defaultParameters;
  const key = await derive(password, salt, { N: cost, r: blockSize, p: parallelization });
  return ["scrypt", cost, blockSize, parallelization, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Compares in constant time; a malformed stored hash simply does not match. */
export async function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  const [algorithm, cost, blockSize, parallelization, salt, key] = storedHash.split("$");
  if (algorithm !== "scrypt" || !cost || !blockSize || !parallelization || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), {
    N: Number(cost),
    r: Number(blockSize),
    p: Number(parallelization),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export const minimumPasswordLength = 10;
