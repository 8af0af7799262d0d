import { Column, Entity, UpdateDateColumn } from 'typeorm';

/** A threshold of the recommendation rules, in millionths (a ratio of 0.1 is 100000); a key without a row has its default. */
@Entity('recommendation_setting')
export class RecommendationSetting {
  @Column({ type: 'varchar', length: 32, primary: true })
  setting: string;

  @Column({ type: 'int' })
  microValue: number;

  @UpdateDateColumn()
  updatedAt: Date;
}
