import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const SOCIAL_MEDIA: Domain = {
  name: 'social-media',
  keywords: ['social media', 'social network', 'social networking', 'social app', 'social platform', 'community', 'forum', 'microblog', 'twitter', 'instagram', 'facebook', 'reddit'],
  defaults: ['users', 'posts', 'comments', 'likes', 'follows'],
  scenarios: [
    { name: 'dating', keywords: ['dating', 'dating app', 'dating site', 'matchmaking', 'tinder', 'bumble', 'hinge'], core: ['users', 'matches', 'messages', 'swipes', 'photos'] },
  ],
  kinds: [
    {
      name: 'users',
      aliases: ['profiles', 'members', 'accounts', 'creators'],
      description: 'A user of the network',
      person: true,
      fields: ['username', 'email', 'display_name', 'bio', 'city', 'created_at', 'follower_count', 'is_verified'],
      ranges: { follower_count: [0, 100000] },
    },
    {
      name: 'posts',
      aliases: ['tweets', 'status updates'],
      description: 'A post by a user',
      references: ['users', 'groups'],
      fields: ['content', 'media_type', 'created_at', 'like_count', 'share_count', 'visibility'],
      enums: {
        media_type: weighted('text=45|image=35|video=15|link=5'),
        visibility: weighted('public=75|friends=20|private=5'),
      },
    },
    {
      name: 'comments',
      aliases: ['replies'],
      description: 'A comment on a post',
      references: ['posts', 'users'],
      fields: ['content', 'created_at', 'like_count', 'is_edited'],
    },
    {
      name: 'likes',
      aliases: ['reactions'],
      description: 'A reaction of a user to a post',
      references: ['posts', 'users'],
      fields: ['reaction_type', 'created_at', 'platform', 'is_removed'],
      enums: { reaction_type: weighted('like=70|love=15|haha=6|wow=4|sad=3|angry=2') },
    },
    {
      name: 'follows',
      aliases: ['followers', 'followings', 'connections', 'friendships'],
      description: 'A user following another user',
      references: [{ kind: 'users', column: 'follower_id' }, { kind: 'users', column: 'followed_id' }],
      fields: ['followed_at', 'source', 'is_mutual', 'notifications_enabled'],
      enums: { source: weighted('suggested=40|search=25|profile_visit=20|contact_sync=15') },
    },
    {
      name: 'messages',
      aliases: ['direct messages', 'dms', 'chats', 'chat messages'],
      description: 'A direct message between two users',
      references: [{ kind: 'users', column: 'sender_id' }, { kind: 'users', column: 'recipient_id' }, 'matches'],
      fields: ['content', 'sent_at', 'is_read'],
    },
    {
      name: 'groups',
      aliases: ['communities'],
      description: 'A group of users',
      references: [{ kind: 'users', column: 'owner_id' }],
      fields: ['name', 'description', 'created_at', 'member_count', 'is_private'],
    },
    {
      name: 'hashtags',
      aliases: ['tags'],
      description: 'A hashtag',
      fields: ['tag', 'post_count', 'created_at'],
    },
    {
      name: 'matches',
      aliases: ['dating matches', 'mutual likes'],
      description: 'Two users who liked each other',
      references: [{ kind: 'users', column: 'user_id' }, { kind: 'users', column: 'matched_user_id' }],
      fields: ['matched_at', 'compatibility_score', 'status', 'unmatched_at'],
      enums: { status: weighted('active=70|unmatched=20|blocked=10') },
      ranges: { compatibility_score: [0, 100] },
    },
    {
      name: 'swipes',
      aliases: ['profile likes', 'passes'],
      description: "A user's like or pass on another user's profile",
      references: [{ kind: 'users', column: 'swiper_id' }, { kind: 'users', column: 'swiped_id' }],
      fields: ['direction', 'swiped_at', 'platform', 'is_super_like'],
      enums: { direction: weighted('right=35|left=65') },
    },
    {
      name: 'photos',
      aliases: ['profile photos', 'pictures', 'images'],
      description: 'A photo a user uploaded',
      references: ['users'],
      fields: ['url', 'caption', 'uploaded_at', 'is_primary', 'like_count'],
    },
  ],
};
