"""evidence, stories, indicator status history, feed reliability

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('link', sa.Text(), nullable=True),
    sa.Column('first_item_id', sa.Integer(), nullable=True),
    sa.Column('first_published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('items', sa.Integer(), nullable=False),
    sa.Column('origins', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stories_first_published_at'), ['first_published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stories_last_published_at'), ['last_published_at'], unique=False)

    op.create_table('indicator_status_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.String(length=80), nullable=False),
    sa.Column('previous', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('matches', sa.Integer(), nullable=False),
    sa.Column('origins', sa.Integer(), nullable=False),
    sa.Column('match_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('indicator_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_status_changes_at'), ['at'], unique=False)
        batch_op.create_index('ix_status_change_indicator_at', ['indicator_id', 'at'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('source_url', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('headers', sa.JSON(), nullable=False),
    sa.Column('http_status', sa.Integer(), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['feed_items.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('item_id', 'kind', name='uq_evidence_item_kind')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_item_id'), ['item_id'], unique=False)

    op.create_table('story_items',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('joined_via', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=200), nullable=False),
    sa.Column('origin_reason', sa.Text(), nullable=False),
    sa.Column('link_key', sa.Text(), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('joined_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['feed_items.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id')
    )
    with op.batch_alter_table('story_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_story_items_origin'), ['origin'], unique=False)
        batch_op.create_index(batch_op.f('ix_story_items_published_at'), ['published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_story_items_story_id'), ['story_id'], unique=False)

    op.create_table('followup_queue',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['feed_items.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id')
    )
    op.create_table('story_keys',
    sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['feed_items.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', 'item_id')
    )
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_change_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_deliveries_status_change_id'), ['status_change_id'], unique=False)
        batch_op.create_foreign_key('fk_deliveries_status_change_id', 'indicator_status_changes', ['status_change_id'], ['id'], ondelete='CASCADE')

    with op.batch_alter_table('feeds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reliability', sa.String(length=1), server_default='F', nullable=False))
        batch_op.add_column(sa.Column('fetch_articles', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_changed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('fetch_articles', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dismissed_at', sa.DateTime(timezone=True), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.drop_column('dismissed_at')

    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.drop_column('fetch_articles')
        batch_op.drop_column('status_changed_at')

    with op.batch_alter_table('feeds', schema=None) as batch_op:
        batch_op.drop_column('fetch_articles')
        batch_op.drop_column('reliability')

    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_constraint('fk_deliveries_status_change_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_deliveries_status_change_id'))
        batch_op.drop_column('status_change_id')

    op.drop_table('story_keys')
    op.drop_table('followup_queue')
    with op.batch_alter_table('story_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_story_items_story_id'))
        batch_op.drop_index(batch_op.f('ix_story_items_published_at'))
        batch_op.drop_index(batch_op.f('ix_story_items_origin'))

    op.drop_table('story_items')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_item_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('indicator_status_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_status_change_indicator_at')
        batch_op.drop_index(batch_op.f('ix_indicator_status_changes_at'))

    op.drop_table('indicator_status_changes')
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stories_last_published_at'))
        batch_op.drop_index(batch_op.f('ix_stories_first_published_at'))

    op.drop_table('stories')
