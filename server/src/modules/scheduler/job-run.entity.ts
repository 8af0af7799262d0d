import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One run of a scheduled job per time slot: the unique key lets one instance of many claim it. */
@Entity('job_run')
@Index('UQ_job_run_slot', ['job', 'slot'], { unique: true })
export class JobRun {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 40 })
  job: string;

  @Column({ type: 'varchar', length: 40 })
  slot: string;

  @Column({ type: 'varchar', length: 80 })
  instance: string;

  @CreateDateColumn()
  startedAt: Date;
}
