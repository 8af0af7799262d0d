import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed sign-in, counted per account (`email:…`) and per address (`ip:…`) for throttling. */
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
