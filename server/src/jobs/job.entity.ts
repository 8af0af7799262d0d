import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const JOB_STATES = ['WAITING', 'ACTIVE', 'COMPLETED', 'FAILED'] as const;
export type JobState = (typeof JOB_STATES)[number];

export enum JobStateEnum {
  WAITING = 'WAITING',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(JobStateEnum, { name: 'JobState', description: 'WAITING (queued or waiting to retry), ACTIVE, COMPLETED or FAILED (attempts used up)' });

/**
 * One background job as admins see it, whichever engine runs it: BullMQ keeps its own copy in Redis,
 * the in-process runner claims work from this row. The id is the job's own (`loan-positions.<slot>`,
 * `lead-import.<id>`), so enqueueing the same work twice finds the row already there.
 */
@Entity('background_job')
@Index('IDX_background_job_state', ['state', 'runAfter'])
@ObjectType()
export class BackgroundJob {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 60 })
  @Field({ description: 'What the job does: loan-positions, lead-import, loan-import, …' })
  name: string;

  @Column({ type: 'text' })
  dataJson: string;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => JobStateEnum)
  state: JobState;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Percent done, 0–100' })
  progress: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Times the job has started' })
  attempts: number;

  @Column({ type: 'int' })
  @Field(() => Int)
  maxAttempts: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: 'The last attempt’s error' })
  error: string | null;

  @Column({ type: 'datetime' })
  runAfter: Date;

  @Column({ type: 'varchar', length: 80, nullable: true })
  lockedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  @UpdateDateColumn()
  @Field()
  updatedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

/**
 * A chunk of a job that is done: written in the same transaction as the chunk's own writes, so after a
 * crash a chunk either left both or neither, and the retried job skips exactly the chunks recorded.
 */
@Entity('job_chunk')
@Index('UQ_job_chunk', ['jobId', 'chunk'], { unique: true })
export class JobChunk {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  jobId: string;

  @Column({ type: 'varchar', length: 100 })
  chunk: string;

  @Column({ type: 'int', default: 0 })
  items: number;

  @CreateDateColumn()
  createdAt: Date;
}
