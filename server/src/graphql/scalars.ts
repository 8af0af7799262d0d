import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { moneyToDecimal, parseMoney } from '@prospek/shared';

function moneyFrom(value: unknown): bigint {
  if (typeof value === 'string') {
    try {
      return parseMoney(value);
    } catch {
      // fall through to the error below
    }
  }
  throw new GraphQLError(`Money must be a decimal string in rupiah such as "1500000.00", got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Rupiah amounts as decimal strings ("150000000.00"); minor units (bigint) inside the server. */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'An amount in rupiah as a decimal string with two decimals, e.g. "150000000.00"',
  serialize: (value) => {
    if (typeof value !== 'bigint') throw new GraphQLError('Money must be held as a bigint of minor units');
    return moneyToDecimal(value);
  },
  parseValue: moneyFrom,
  parseLiteral: (ast) => moneyFrom(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Business dates, YYYY-MM-DD (Asia/Jakarta). */
export const LocalDateScalar = LocalDateResolver;
