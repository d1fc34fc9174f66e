"""alerts: delivery kinds, stories, digests, payload snapshots; feed health

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('feeds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('health', sa.String(length=16), server_default='ok', nullable=False))
        batch_op.add_column(sa.Column('health_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('health_changed_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=24), server_default='match.created', nullable=False))
        batch_op.add_column(sa.Column('feed_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('indicator_id', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('batch', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('story_link', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('story_title', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('merged_into', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('due_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_attempt_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('response_status', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('payload', sa.JSON(), nullable=True))
        batch_op.alter_column('match_id', existing_type=sa.Integer(), nullable=True)
        batch_op.create_index(batch_op.f('ix_deliveries_batch'), ['batch'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_feed_id'), ['feed_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_merged_into'), ['merged_into'], unique=False)
        batch_op.create_index('ix_delivery_story', ['channel', 'indicator_id', 'created_at'], unique=False)
        batch_op.create_foreign_key('fk_deliveries_feed_id_feeds', 'feeds', ['feed_id'], ['id'], ondelete='CASCADE')
        batch_op.create_foreign_key('fk_deliveries_merged_into_deliveries', 'deliveries', ['merged_into'], ['id'], ondelete='CASCADE')


def downgrade() -> None:
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_constraint('fk_deliveries_merged_into_deliveries', type_='foreignkey')
        batch_op.drop_constraint('fk_deliveries_feed_id_feeds', type_='foreignkey')
        batch_op.drop_index('ix_delivery_story')
        batch_op.drop_index(batch_op.f('ix_deliveries_merged_into'))
        batch_op.drop_index(batch_op.f('ix_deliveries_feed_id'))
        batch_op.drop_index(batch_op.f('ix_deliveries_batch'))
        batch_op.alter_column('match_id', existing_type=sa.Integer(), nullable=False)
        for name in ('payload', 'response_status', 'last_attempt_at', 'due_at', 'merged_into',
                     'story_title', 'story_link', 'batch', 'indicator_id', 'feed_id', 'kind'):
            batch_op.drop_column(name)

    with op.batch_alter_table('feeds', schema=None) as batch_op:
        batch_op.drop_column('health_changed_at')
        batch_op.drop_column('health_reason')
        batch_op.drop_column('health')
