import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed sign-in under one throttling key: the account (`email:<email>`), the account from one address
 * (`ip-email:<address>|<email>`), or the address across accounts (`ip:<address>`). See LoginThrottleService.
 */
@Entity('login_failure')
@Index('IDX_login_failure_key', ['key', 'failedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'datetime' })
  failedAt: Date;
}
